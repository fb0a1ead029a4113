/** Shared helpers of the Arquillian tests that deploy the WAR to Payara Micro and call it over HTTP. */
package io.vitrine.it;
