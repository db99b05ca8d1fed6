/**
 * Model bundles (export, defensive import, model cards), predictions as plain records, and the HTTP prediction
 * server. Free of DL4J: the engine side lives in {@code deploy.dl4j}.
 */
package org.whiskerstudio.deploy;
