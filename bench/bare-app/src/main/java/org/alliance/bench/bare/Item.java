package org.alliance.bench.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One row of the catalogue: the counterpart of a course card in Alliance. */
@Entity
public class Item {
    @Id
    private Long id;

    private String title;

    protected Item() {}

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
