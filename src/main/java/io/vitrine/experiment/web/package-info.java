/** The admin's experiments page ({@code /admin/experiments.xhtml}). */
package io.vitrine.experiment.web;
