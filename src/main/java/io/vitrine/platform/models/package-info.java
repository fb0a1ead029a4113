/**
 * The one model lifecycle every engine uses. A feature implements {@link io.vitrine.platform.models.ModelEngine}
 * (train and score a candidate, its file format, its shipped model, how it serves) in one small class; {@link
 * io.vitrine.platform.models.ModelLifecycle} does the rest for all of them: {@link
 * io.vitrine.platform.models.RetrainJob}s with progress (one at a time per kind, finished ones pruned), the {@link
 * io.vitrine.platform.models.HoldoutGate}, the {@link io.vitrine.platform.models.ModelRegistry} record of every run,
 * atomic saving and safe reading ({@link io.vitrine.platform.models.ModelFiles}), fallback to the previous or the
 * shipped model and start-up restore. {@link io.vitrine.platform.models.ModelSchedules} is the one timer bean. In a
 * cluster ({@link io.vitrine.platform.models.ModelSharing}) the files are also kept in GridFS ({@link
 * io.vitrine.platform.models.GridFsModelBlobs}), one node trains a kind at a time, and a version that goes live on
 * one node serves on the others ({@link io.vitrine.platform.models.ModelAnnouncements}).
 */
package io.vitrine.platform.models;
