package io.mentorfeed.ingest.parse;

import io.mentorfeed.model.Person;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;

/**
 * People as feeds write them. RSS's author and managingEditor hold "an email address", written in the wild as
 * "email (name)", "name &lt;email&gt;", "name (email)", "mailto:email", an email or a name; Dublin Core and iTunes
 * give a name (or one of those forms);
 * Atom's person construct has name, email and uri elements (Atom 0.3 says url).
 */
final class Persons {
    private static final Pattern EMAIL = Pattern.compile("(?:mailto:)?([^\\s@<>()\"]+@[^\\s@<>()\"]+\\.[^\\s@<>()\"]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^(?:mailto:)?(\\S+@\\S+)\\s*\\((.*)\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.*?)\\s*<\\s*(?:mailto:)?(\\S+@[^>\\s]+)\\s*>$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_THEN_EMAIL_IN_PARENTHESES = Pattern.compile(
            "^(.*?)\\s*\\(\\s*(?:mailto:)?([^\\s()@]+@[^\\s()]+)\\s*\\)$", Pattern.CASE_INSENSITIVE);

    private Persons() {}

    /** A person from RSS's author text, or null when there is nothing to name. */
    static Person fromText(String raw) {
        String text = Texts.plainGuessingMarkup(raw);
        if (text == null) {
            return null;
        }
        Matcher emailThenName = EMAIL_THEN_NAME.matcher(text);
        if (emailThenName.matches()) {
            return person(emailThenName.group(2), emailThenName.group(1), null);
        }
        Matcher nameThenEmail = NAME_THEN_EMAIL.matcher(text);
        if (nameThenEmail.matches()) {
            return person(nameThenEmail.group(1), nameThenEmail.group(2), null);
        }
        Matcher nameThenEmailInParentheses = NAME_THEN_EMAIL_IN_PARENTHESES.matcher(text);
        if (nameThenEmailInParentheses.matches()) {
            return person(nameThenEmailInParentheses.group(1), nameThenEmailInParentheses.group(2), null);
        }
        Matcher email = EMAIL.matcher(text);
        if (email.matches()) {
            return person(null, email.group(1), null);
        }
        return person(text, null, null);
    }

    /** An Atom person construct (name, email, uri; Atom 0.3's url), its uri resolved against its base. */
    static Person fromAtom(Element person, String atomNamespace, URI base) {
        String uri = Texts.firstNonNull(Xml.text(person, atomNamespace, "uri"), Xml.text(person, atomNamespace, "url"));
        Person parsed = person(Xml.text(person, atomNamespace, "name"), Xml.text(person, atomNamespace, "email"),
                Links.resolve(XmlBase.of(person, base), uri));
        if (parsed == null && person.getChildren().isEmpty()) {
            return fromText(person.getText()); // <author>Name</author>, as some generators write Atom
        }
        return parsed;
    }

    /** Adds {@code person} unless it is null or already there (by name and email). */
    static void addTo(List<Person> people, Person person) {
        if (person == null || people.size() >= Texts.MAX_PEOPLE) {
            return;
        }
        for (Person known : people) {
            if (same(known.name(), person.name()) && (person.email() == null || same(known.email(), person.email()))) {
                return;
            }
        }
        people.add(person);
    }

    static List<Person> fromTexts(List<String> texts) {
        List<Person> people = new ArrayList<>();
        texts.forEach(text -> addTo(people, fromText(text)));
        return people;
    }

    private static Person person(String name, String email, String uri) {
        String cleanName = Texts.plain(name);
        String cleanEmail = email == null ? null : Texts.plain(email.replaceFirst("(?i)^mailto:", ""));
        if (cleanName == null && cleanEmail == null) {
            return null;
        }
        return new Person(cleanName, cleanEmail, uri);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
