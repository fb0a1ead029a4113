/**
 * Plain-Java training of the intent model: {@link io.vitrine.chat.train.IntentTrainer} fits OpenNLP's maxent (QN)
 * categorizer, {@link io.vitrine.chat.train.ThresholdSelector} picks the out-of-scope threshold on validation
 * predictions, {@link io.vitrine.chat.train.DefaultIntentModel} writes the model shipped in {@code models/chat}.
 */
package io.vitrine.chat.train;
