/**
 * Plain-Java training of the intent model: {@link io.vitrine.chat.train.NetworkTrainer} fits the shipped n-gram
 * network, {@link io.vitrine.chat.train.IntentTrainer} the OpenNLP maxent (QN) categorizer that served before it
 * (both {@link io.vitrine.chat.train.IntentModelTrainer}s); {@link io.vitrine.chat.train.ThresholdSelector} picks the
 * out-of-scope threshold on validation predictions, {@link io.vitrine.chat.train.DefaultIntentModel} writes the model
 * shipped in {@code models/chat}.
 */
package io.vitrine.chat.train;
