/** Orders: lines priced when placed, totals, and a status that moves forward only. */
package io.vitrine.order;
