package io.vitrine.experiment;

import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.regex.Pattern;

/**
 * One arm of an experiment: a name ("A", "B"), the share of shoppers it gets (percent) and what ranks its lists:
 * the live model, or a saved version of the model registry served beside it. Blend recipes and rule sets are
 * named in the issue as variant kinds; they are not served yet and are refused.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class Variant {

    /** What ranks a variant's lists. */
    public enum Kind { LIVE, MODEL_VERSION }

    private static final Pattern NAME = Pattern.compile("[A-H]");

    @Column
    private String name;
    @Column
    private String kind;
    @Column
    private long modelVersion;
    @Column
    private int share;

    protected Variant() {
    }

    public Variant(String name, Kind kind, long modelVersion, int share) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("a variant is named by one capital letter A to H");
        }
        if (kind == null) {
            throw new InvalidInputException("a variant's kind is LIVE or MODEL_VERSION");
        }
        if (kind == Kind.MODEL_VERSION && modelVersion < 1) {
            throw new InvalidInputException("variant " + name + ": a MODEL_VERSION variant names a registry version >= 1");
        }
        if (share < 1 || share > 99) {
            throw new InvalidInputException("variant " + name + ": share must be 1 to 99 (percent)");
        }
        this.name = name;
        this.kind = kind.name();
        this.modelVersion = kind == Kind.LIVE ? 0 : modelVersion;
        this.share = share;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    /** The registry version served; 0 for the live model. */
    public long modelVersion() {
        return modelVersion;
    }

    public int share() {
        return share;
    }
}
