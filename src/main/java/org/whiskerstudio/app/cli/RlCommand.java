package org.whiskerstudio.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code whisker rl ...}: agents that learn from rewards, trained, played and evaluated in the terminal. */
@Command(name = "rl", description = "Learning from rewards: train an agent on noughts & crosses or cart-pole, play "
        + "against it, evaluate it.", subcommands = {RlTrainCommand.class, RlPlayCommand.class,
        RlEvaluateCommand.class})
final class RlCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
