# postlint in a container: build it, then copy the static binary into a
# distroless image that holds nothing else (no shell, no git: --staged and
# --changed-since need git, so run those outside the container).
#
#   docker build -t postlint --build-arg VERSION=v1.2.3 .
#   docker run --rm -v "$PWD:/work" postlint posts/
#
# Without VERSION, `postlint version` says v0.0.0-dev.

FROM golang:1.26 AS build
WORKDIR /src
# Modules first, so a change to the code reuses the downloaded modules.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=
# urfave_cli_no_docs leaves out urfave/cli's Markdown rendering, which
# postlint does not use and whose start-up every run would pay.
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -tags urfave_cli_no_docs \
      -ldflags "-s -w -X github.com/postlint/postlint/command.version=${VERSION}" \
      -o /out/postlint . \
 && /out/postlint version

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/postlint /usr/local/bin/postlint
# Mount the drafts here; relative paths in reports start from it.
WORKDIR /work
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/postlint"]
