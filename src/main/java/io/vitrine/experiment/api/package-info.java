/** Admin REST of experiments: {@code /api/v1/admin/experiments}. */
package io.vitrine.experiment.api;
