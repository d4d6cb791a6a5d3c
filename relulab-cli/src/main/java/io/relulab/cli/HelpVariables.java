package io.relulab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;

/**
 * Values that help texts and option defaults show but that are not compile-time constants, because they are read
 * from a registry or rendered from a typed constant at run time: annotations name them as {@code ${bundle:KEY}}
 * variables (e.g. {@link ActivationSpecs#SYNTAX_IN_HELP}, the defaults of {@link OptionDefaults}) and picocli fills
 * them in from this bundle, which {@link ReluLab#newCommandLine()} sets on every command.
 */
public final class HelpVariables extends ListResourceBundle {

    /** The key of {@link ActivationSpecs#SYNTAX}. */
    static final String ACTIVATION_SYNTAX = "relulab.activation.syntax";

    @Override
    protected Object[][] getContents() {
        List<Object[]> contents = new ArrayList<>();
        contents.add(new Object[] {ACTIVATION_SYNTAX, ActivationSpecs.SYNTAX});
        OptionDefaults.values().forEach((key, value) -> contents.add(new Object[] {key, value}));
        return contents.toArray(Object[][]::new);
    }
}
