package io.vitrine.events;

/**
 * A CDI event fired when a shopper logged in and their anonymous session became their account: experiments keep
 * the variant the anonymous shopper was given.
 */
public record ShopperMerged(String anonymousId, String accountId) {
}
