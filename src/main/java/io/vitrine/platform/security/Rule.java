package io.vitrine.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may call one endpoint. Admins (admin key or admin session) may call everything. Besides them a rule lets in:
 * everyone; any identified caller; callers holding a scope (seller sessions hold the seller scopes, see
 * {@link Scope#SELLER_SCOPES}), optionally only when not bound to a seller; callers bound to a seller; or a shopper's
 * own session when a path or query parameter names that shopper's opaque id. {@code owner} narrows seller-bound
 * callers to the products or orders of their own seller.
 *
 * @param selfParam the parameter holding a shopper's public id ("own data" rule)
 * @param owner     what the request touches (a product or an order named by a parameter), for seller-bound callers
 */
public record Rule(boolean forAnyone, boolean forAuthenticated, Optional<Scope> scope, boolean scopeForSellers, boolean forSellers,
                   Optional<String> selfParam, Optional<Owner> owner) {

    /** A product or an order named by a path parameter; {@link Owners} says which sellers it belongs to. */
    public record Owner(String kind, String param) {
    }

    public static Rule anyone() {
        return new Rule(true, false, Optional.empty(), false, false, Optional.empty(), Optional.empty());
    }

    public static Rule admin() {
        return new Rule(false, false, Optional.empty(), false, false, Optional.empty(), Optional.empty());
    }

    public static Rule authenticated() {
        return new Rule(false, true, Optional.empty(), false, false, Optional.empty(), Optional.empty());
    }

    /** Callers with the scope, seller sessions and seller-bound keys included. */
    public static Rule scope(Scope scope) {
        return new Rule(false, false, Optional.of(scope), true, false, Optional.empty(), Optional.empty());
    }

    /** Callers with the scope that are not bound to a seller (a seller never reads a named shopper's data). */
    public static Rule unboundScope(Scope scope) {
        return new Rule(false, false, Optional.of(scope), false, false, Optional.empty(), Optional.empty());
    }

    /** Sellers: a seller session or a seller-bound key (their own seller's data only, checked by the feature). */
    public static Rule sellers() {
        return new Rule(false, false, Optional.empty(), false, true, Optional.empty(), Optional.empty());
    }

    /** Also the shopper whose opaque id is the value of {@code param}, in their own session. */
    public Rule orSelf(String param) {
        return new Rule(forAnyone, forAuthenticated, scope, scopeForSellers, forSellers, Optional.of(param), owner);
    }

    /** Seller-bound callers only for the {@code kind} ("product", "order") named by {@code param} when it is theirs. */
    public Rule ownedBy(String kind, String param) {
        return new Rule(forAnyone, forAuthenticated, scope, scopeForSellers, forSellers, selfParam, Optional.of(new Owner(kind, param)));
    }

    /**
     * Does this rule let the caller in? {@code params} gives the value of a path or query parameter (for the shopper's
     * own-data rule). Ownership of a product or order is checked apart ({@link #ownerAllows}).
     */
    public boolean permits(Caller caller, Function<String, Optional<String>> params) {
        if (forAnyone || caller.isAdmin()) {
            return true;
        }
        if (forAuthenticated && caller.isAuthenticated()) {
            return true;
        }
        if (scope.isPresent() && caller.has(scope.get()) && (scopeForSellers || caller.sellerId().isEmpty())) {
            return true;
        }
        if (forSellers && caller.sellerId().isPresent()) {
            return true;
        }
        return selfParam.isPresent() && caller.kind() == Caller.Kind.SHOPPER
                && caller.shopperId().isPresent() && params.apply(selfParam.get()).equals(caller.shopperId());
    }

    /** Given the sellers the touched object belongs to (empty: no such object, the resource answers 404), may the caller? */
    public boolean ownerAllows(Caller caller, Optional<java.util.Set<String>> sellersOfTarget) {
        if (owner.isEmpty() || caller.isAdmin() || caller.sellerId().isEmpty() || sellersOfTarget.isEmpty()) {
            return true;
        }
        return sellersOfTarget.get().contains(caller.sellerId().get());
    }

    /** The rule in words, for docs/authorization.md. */
    public String describe() {
        if (forAnyone) {
            return "anyone";
        }
        List<String> who = new ArrayList<>();
        if (forAuthenticated) {
            who.add("any identified caller (session or key)");
        }
        scope.ifPresent(s -> who.add(scopeForSellers
                ? "`" + s.label() + "` (keys with it; seller sessions and seller-bound keys hold it)"
                : "`" + s.label() + "` key not bound to a seller"));
        if (forSellers) {
            who.add("a seller session or seller-bound key");
        }
        selfParam.ifPresent(p -> who.add("the shopper's own session (`" + p + "` = their opaque id)"));
        who.add("admin");
        String text = String.join("; ", who);
        return owner.map(o -> text + "; seller-bound callers only for their own seller's " + o.kind()).orElse(text);
    }
}
