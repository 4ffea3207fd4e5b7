package io.mentorfeed.api.http;

import io.javalin.http.Context;
import io.mentorfeed.api.mentors.MentorRequest;
import io.mentorfeed.api.mentors.Opml;
import io.mentorfeed.model.Mentor;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The mentor registry, for admins: list, get, create (with feed discovery), update, delete, OPML out and in. */
final class MentorHandlers {
    private final ApiServices services;
    private final Access access;

    MentorHandlers(ApiServices services, Access access) {
        this.services = services;
        this.access = access;
    }

    void list(Context ctx) {
        access.requireAdmin(ctx);
        ctx.json(Map.of("items", services.mentors().list()));
    }

    void get(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireAdmin(ctx);
        ctx.json(services.mentors().get(id));
    }

    void create(Context ctx) {
        access.requireAdmin(ctx);
        Mentor mentor = services.mentors().create(Bodies.read(ctx, MentorRequest.class));
        ctx.status(201).header("Location", "/api/v1/mentors/" + mentor.id()).json(mentor);
    }

    void update(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireAdmin(ctx);
        ctx.json(services.mentors().update(id, Bodies.read(ctx, MentorRequest.class)));
    }

    void delete(Context ctx) {
        String id = Params.id(ctx, "id");
        access.requireAdmin(ctx);
        services.mentors().delete(id);
        ctx.status(204);
    }

    void exportOpml(Context ctx) {
        access.requireAdmin(ctx);
        ctx.contentType("text/x-opml; charset=utf-8").result(Opml.export(services.mentors().list()));
    }

    void importOpml(Context ctx) {
        access.requireAdmin(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!(type.startsWith("text/x-opml") || type.startsWith("application/xml") || type.startsWith("text/xml"))) {
            throw new ProblemException(415, "Send the OPML file as text/x-opml, application/xml or text/xml");
        }
        ctx.json(services.opmlImport().importOpml(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8)));
    }
}
