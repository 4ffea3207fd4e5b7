package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.mentorfeed.api.http.WebAccess.SignedIn;
import io.mentorfeed.api.mentors.Opml;
import io.mentorfeed.api.readinglist.ReadingListQuery;
import io.mentorfeed.api.web.ReaderPages;
import io.mentorfeed.api.web.Session;
import io.mentorfeed.api.web.Templates;
import io.mentorfeed.api.web.WebConfig;
import io.mentorfeed.model.Mentor;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader's page (GET /, /reading-list, /mentors), sign-in and sign-out. A page without a session redirects to
 * the sign-in form. The sign-in form carries a random value also set as a cookie (double submit): a form posted
 * from another site cannot know it, so nobody can sign a reader in to someone else's profile.
 */
final class WebPageHandlers {
    static final String FLASH_COOKIE = "mf_flash";
    private static final String SIGN_IN_COOKIE = "mf_sign_in";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiServices services;
    private final WebAccess access;
    private final ReaderPages pages;
    private final Templates templates;
    private final WebConfig config;
    private final Clock clock;

    WebPageHandlers(ApiServices services, WebAccess access, Templates templates, WebConfig config, Clock clock) {
        this.services = services;
        this.access = access;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
        this.pages = new ReaderPages(services.view(), services.digests(), services.readingLists(), services.ops());
    }

    void home(Context ctx) {
        withSession(ctx, s -> render(ctx, s, "home", "Today", pages.home(s.profile(), clock.instant())));
    }

    void readingList(Context ctx) {
        withSession(ctx, s -> {
            ReadingListQuery query = ProfileHandlers.query(ctx, config.pageSize(), config.pageSize());
            render(ctx, s, "reading-list", "Reading list", pages.readingList(s.profile(), query, clock.instant()));
        });
    }

    void mentors(Context ctx) {
        withSession(ctx, s -> render(ctx, s, "mentors", "Mentors",
                pages.mentors(s.profile(), s.admin(), clock.instant())));
    }

    /** An admin's is the registry's OPML; a reader's lists the mentors they follow. */
    void exportOpml(Context ctx) {
        withSession(ctx, s -> {
            List<Mentor> mentors = s.admin() ? services.mentors().list() : services.mentors().list().stream()
                    .filter(m -> s.profile().follows(m.id())).toList();
            ctx.header("Content-Disposition", "attachment; filename=\"mentors.opml\"")
                    .contentType("text/x-opml; charset=utf-8").result(Opml.export(mentors));
        });
    }

    void signInForm(Context ctx) {
        signInPage(ctx, 200, "", null);
    }

    void signIn(Context ctx) {
        String expected = ctx.cookie(SIGN_IN_COOKIE);
        String presented = ctx.formParam(WebAccess.CSRF_FIELD);
        if (expected == null || presented == null || !WebAccess.same(expected, presented) || !WebAccess.sameOrigin(ctx)) {
            signInPage(ctx, 403, "", "The form was too old; please sign in again");
            return;
        }
        String profile = Optional.ofNullable(ctx.formParam("profile")).orElse("").strip();
        String token = Optional.ofNullable(ctx.formParam("token")).orElse("").strip();
        Optional<SignedIn> signedIn = profile.length() > 64 || token.length() > 512 ? Optional.empty()
                : access.check(new Session(profile, token));
        if (signedIn.isEmpty()) {
            signInPage(ctx, 401, profile.length() > 64 ? "" : profile, "That profile and token do not match");
            return;
        }
        ctx.cookie(access.sessionCookie(signedIn.get().session()));
        ctx.removeCookie(SIGN_IN_COOKIE, "/");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        access.requireWrite(ctx);
        ctx.cookie(access.cookie(Session.COOKIE, "", 0));
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    private void signInPage(Context ctx, int status, String profile, String error) {
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        ctx.cookie(access.cookie(SIGN_IN_COOKIE, nonce, 3600));
        Map<String, Object> model = base("sign-in", "Sign in", nonce, false, false, "", error == null ? "" : error);
        model.put("profile", profile);
        model.put("sessionDays", config.sessionFor().toDays());
        ctx.status(status).header("Cache-Control", "no-store").html(templates.render("sign-in", model));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void withSession(Context ctx, java.util.function.Consumer<SignedIn> page) {
        Optional<SignedIn> signedIn = access.signedIn(ctx);
        if (signedIn.isEmpty()) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        page.accept(signedIn.get());
    }

    private void render(Context ctx, SignedIn s, String template, String title, Map<String, Object> pageModel) {
        Map<String, Object> model = base(template, title, s.session().csrfToken(), true, s.admin(),
                s.profile().name(), takeFlash(ctx));
        model.putAll(pageModel);
        ctx.html(templates.render(template, model));
    }

    private static Map<String, Object> base(String page, String title, String csrf, boolean signedIn, boolean admin,
                                            String readerName, String flash) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("title", title);
        model.put("csrf", csrf);
        model.put("signedIn", signedIn);
        model.put("admin", admin);
        model.put("readerName", readerName);
        model.put("flash", flash);
        return model;
    }

    /** A message a write left for the next page (PRG), shown once, as text. */
    private String takeFlash(Context ctx) {
        String flash = ctx.cookie(FLASH_COOKIE);
        if (flash == null) {
            return "";
        }
        ctx.cookie(access.cookie(FLASH_COOKIE, "", 0));
        String text = URLDecoder.decode(flash, StandardCharsets.UTF_8);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    static void flash(Context ctx, WebAccess access, String message) {
        ctx.cookie(access.cookie(FLASH_COOKIE, URLEncoder.encode(message, StandardCharsets.UTF_8), 60));
    }
}
