# One image recipe for every Sparring service: the service is chosen with the MODULE build argument
# (gateway, session-service or evaluation-service), as docker-compose.yml does:
#
#   docker build --build-arg MODULE=gateway -t sparring/gateway .
#
# The build context is the repository root: Maven needs the parent pom and the sibling modules
# (contracts, platform-support, test-support) that the service is built with (-am).

# ---- build: compile the one service and the modules it depends on -------------------------------
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /workspace
COPY . .
ARG MODULE
# The cache mount keeps ~/.m2 between builds (and between the three services), so a code change
# does not download the dependencies again; "locked" because parallel builds would share it.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    test -n "${MODULE}" || { echo "build with --build-arg MODULE=<service module>" >&2; exit 1; }; \
    mvn -B -q -DskipTests -pl "${MODULE}" -am package \
    && cp "${MODULE}/target/${MODULE}"-*-exec.jar /workspace/app.jar

# ---- runtime: a JRE, the executable jar and curl for the compose healthcheck ---------------------
FROM eclipse-temurin:17.0.17_10-jre-noble
# curl: docker-compose.yml probes /actuator/health with it; installed explicitly rather than relying
# on what the base image happens to ship.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 sparring \
    && useradd --system --uid 10001 --gid sparring --no-create-home --shell /usr/sbin/nologin sparring
WORKDIR /app
COPY --from=build --chown=root:root /workspace/app.jar /app/app.jar
USER sparring:sparring
# Heap sized from the container's memory limit; on OutOfMemoryError exit, so that the restart
# policy replaces the JVM rather than leaving a half-working one. To change the flags, set
# JAVA_TOOL_OPTIONS on the container (it replaces this value: keep both flags).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
