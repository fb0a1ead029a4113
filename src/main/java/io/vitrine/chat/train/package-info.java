/**
 * Plain-Java training of the intent model: {@link io.vitrine.chat.train.LinearTrainer} fits the shipped tf-idf softmax
 * regression, {@link io.vitrine.chat.train.IntentTrainer} the OpenNLP maxent (QN) categorizer that served before it and
 * {@link io.vitrine.chat.train.NetworkTrainer} the n-gram network (all {@link io.vitrine.chat.train.IntentModelTrainer}s,
 * measured side by side by the chat benchmark); {@link io.vitrine.chat.train.ThresholdSelector} picks the out-of-scope
 * threshold on validation predictions, {@link io.vitrine.chat.train.DefaultIntentModel} writes the model shipped in
 * {@code models/chat}.
 */
package io.vitrine.chat.train;
