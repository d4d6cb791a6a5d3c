package io.relulab.cli;

import io.relulab.experiment.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.stream.Collectors;

/**
 * Values that help texts and option defaults show but that are not compile-time constants, because they are read
 * from a registry or rendered from a typed constant at run time: annotations name them as {@code ${bundle:KEY}}
 * variables (e.g. {@link ActivationSpecs#SYNTAX_IN_HELP}, the defaults of {@link OptionDefaults}) and picocli fills
 * them in from this bundle, which {@link ReluLab#newCommandLine()} sets on every command.
 */
public final class HelpVariables extends ListResourceBundle {

    /** The key of {@link ActivationSpecs#SYNTAX}. */
    static final String ACTIVATION_SYNTAX = "relulab.activation.syntax";
    /** The key of {@link OptimizerSpecs#SYNTAX}. */
    static final String OPTIMIZER_SYNTAX = "relulab.optimizer.syntax";
    /** The scenarios' names ({@link Scenario#names()}), e.g. {@code notebook, high-lr, …}, for help texts. */
    static final String SCENARIO_NAMES_IN_HELP = "${bundle:relulab.scenario.names}";
    /** The scenarios with their summaries, e.g. {@code notebook (the control), high-lr (Adam 0.05), …}, for help texts. */
    static final String SCENARIOS_IN_HELP = "${bundle:relulab.scenario.summaries}";

    @Override
    protected Object[][] getContents() {
        List<Object[]> contents = new ArrayList<>();
        contents.add(new Object[] {ACTIVATION_SYNTAX, ActivationSpecs.SYNTAX});
        contents.add(new Object[] {OPTIMIZER_SYNTAX, OptimizerSpecs.SYNTAX});
        contents.add(new Object[] {OptionDefaults.key(SCENARIO_NAMES_IN_HELP), String.join(", ", Scenario.names())});
        contents.add(new Object[] {OptionDefaults.key(SCENARIOS_IN_HELP), Scenario.all().stream()
                .map(scenario -> scenario.name() + " (" + scenario.summary() + ")").collect(Collectors.joining(", "))});
        OptionDefaults.values().forEach((key, value) -> contents.add(new Object[] {key, value}));
        return contents.toArray(Object[][]::new);
    }
}
