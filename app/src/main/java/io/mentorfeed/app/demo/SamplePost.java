package io.mentorfeed.app.demo;

import java.util.List;

/** One piece of sample writing; the sample mentors cycle through these. Written for mentorfeed's demo. */
record SamplePost(String title, List<String> paragraphs, List<String> categories) {
    static final List<SamplePost> ALL = List.of(
            new SamplePost("The one habit that changed how I work",
                    List.of("For years I started the day with email. Last spring I moved writing to the first hour"
                                    + " and kept email for the afternoon.",
                            "The result surprised me: fewer meetings, better drafts, and a calmer inbox.",
                            "What is the one habit that changed how you work? Tell me in the comments."),
                    List.of("productivity", "habits")),
            new SamplePost("Notes from a quiet quarter",
                    List.of("Some quarters are loud: launches, hires, conferences. This one was quiet, and it was"
                                    + " good for thinking.",
                            "I read more, shipped less, and wrote down the three bets we will make next year."),
                    List.of("strategy")),
            new SamplePost("Speaking at the Lisbon Product Meetup on 12 March",
                    List.of("I will give a talk on pricing for small teams at the Lisbon Product Meetup on"
                                    + " 12 March, at the LX Factory.",
                            "If you are around, come and say hello after the talk."),
                    List.of("events", "pricing")),
            new SamplePost("We welcomed our daughter last week",
                    List.of("Last Tuesday our daughter was born. Everyone is healthy and nobody is sleeping.",
                            "I will be writing less for a few weeks. Thank you for reading, always."),
                    List.of("personal")),
            new SamplePost("My new course on marketing for makers opens Monday",
                    List.of("After two years of workshops I turned the material into a course on marketing for"
                                    + " people who build things.",
                            "Enrolment opens Monday. Early readers of this blog get the first module free."),
                    List.of("marketing", "course")),
            new SamplePost("Why I stopped chasing followers",
                    List.of("A thousand readers who reply are worth more than a hundred thousand who scroll past.",
                            "So I changed what I measure: replies, not reach.",
                            "How do you measure whether your writing works? I would love to hear your answer."),
                    List.of("marketing", "writing")));
}
