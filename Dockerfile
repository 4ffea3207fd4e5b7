# syntax=docker/dockerfile:1
# mentorfeed's services in one image: `docker run IMAGE ingest|processor|api|setup|admin ... --config FILE`.
# Built by docker-compose.yml; not built on the project's own machines (no Docker engine there).

# Build: the same Maven command as ./mentorfeed runs (Maven 3.9, as the wrapper pins), downloads cached between builds.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY model/ model/
COPY testkit/ testkit/
COPY ingest/ ingest/
COPY processor/ processor/
COPY api/ api/
COPY app/ app/
COPY bench/pom.xml bench/pom.xml
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl app -am package

# Run: a JRE only, as an unprivileged user; state (the processor's RocksDB stores) under /var/lib/mentorfeed.
FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 mentorfeed \
 && useradd --system --uid 10001 --gid mentorfeed --home-dir /var/lib/mentorfeed --shell /usr/sbin/nologin mentorfeed \
 && install -d -o mentorfeed -g mentorfeed /var/lib/mentorfeed /etc/mentorfeed
COPY --from=build /src/app/target/lib/ /opt/mentorfeed/lib/
COPY --from=build /src/app/target/mentorfeed.jar /opt/mentorfeed/mentorfeed.jar
COPY --chmod=0755 scripts/docker-entrypoint.sh /usr/local/bin/mentorfeed
USER mentorfeed:mentorfeed
WORKDIR /var/lib/mentorfeed
# API, then the ops ports (/metrics, /health) of start, ingest, processor and api.
EXPOSE 8080 9400 9401 9402 9403
ENTRYPOINT ["mentorfeed"]
CMD ["--help"]
