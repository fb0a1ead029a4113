/**
 * The model registry shared by every trained model kind: one {@link io.vitrine.platform.models.ModelVersion} per
 * training run (data size, offline metrics, live / rejected / failed) and the {@link
 * io.vitrine.platform.models.RetrainJob} progress record that admin triggers report.
 */
package io.vitrine.platform.models;
