/**
 * Pages of the dashboards: the seller's figures and charts, product analysis (lazy table with export) and product
 * management under {@code /seller/}, the shop's figures and the model status page under {@code /admin/}.
 */
package io.vitrine.analytics.web;
