package io.mentorfeed.model;

/**
 * A person a feed names: Atom's person construct (name, email, uri), RSS's {@code author} in its
 * "email (name)" and "name &lt;email&gt;" forms, Dublin Core's creator, iTunes' author and owner.
 * Every part is optional, but a person always has a name or an email.
 */
public record Person(String name, String email, String uri) {
    public Person {
        if (name == null && email == null) {
            throw new IllegalArgumentException("a person needs a name or an email");
        }
    }

    /** What a reader is shown: the name, else the email. */
    public String displayName() {
        return name != null ? name : email;
    }
}
