/**
 * Deep Q-learning on DL4J networks (RL4J is no longer maintained): a Q-network that is a plain MultiLayerNetwork,
 * trained by {@code fit} on temporal-difference targets with a replay buffer and a target network.
 */
package org.whiskerstudio.rl.dl4j;
