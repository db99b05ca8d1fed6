/**
 * Learning from rewards: the {@link org.whiskerstudio.rl.Environment} contract, the noughts &amp; crosses and
 * cart-pole environments, tabular Q-learning and what every agent shares (replay buffer, epsilon schedule,
 * evaluation). Pure Java; the DL4J agents live in {@code rl.dl4j}.
 */
package org.whiskerstudio.rl;
