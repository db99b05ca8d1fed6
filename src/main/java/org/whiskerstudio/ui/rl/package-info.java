/**
 * Drawing what an agent's environment looks like ({@code rl.EnvironmentView}): the noughts &amp; crosses board with an
 * optional heat map of the agent's values, and the cart on its track with its pole. Pure drawing; the screens that
 * train, evaluate or play an agent use these.
 */
package org.whiskerstudio.ui.rl;
