package io.relulab.cli;

import java.util.ListResourceBundle;

/**
 * Values that help texts show but that are not compile-time constants, because they are read from a registry at
 * run time: annotations name them as {@code ${bundle:KEY}} variables (e.g. {@link ActivationSpecs#SYNTAX_IN_HELP})
 * and picocli fills them in from this bundle, which {@link ReluLab#newCommandLine()} sets on every command.
 */
public final class HelpVariables extends ListResourceBundle {

    /** The key of {@link ActivationSpecs#SYNTAX}. */
    static final String ACTIVATION_SYNTAX = "relulab.activation.syntax";

    @Override
    protected Object[][] getContents() {
        return new Object[][] {{ACTIVATION_SYNTAX, ActivationSpecs.SYNTAX}};
    }
}
