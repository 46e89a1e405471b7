package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
)

type Actor struct {
	ID   string
	Role string
}

// LogValue lets slog render an Actor as a group without exposing internals.
func (a Actor) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", a.ID), slog.String("role", a.Role))
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("[REDACTED]") }

type AuditLog struct {
	logger *slog.Logger
}

func NewAuditLog(buf *bytes.Buffer, asJSON bool) *AuditLog {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{} // drop timestamps for reproducible output
			}
			return a
		},
	}
	var h slog.Handler = slog.NewTextHandler(buf, opts)
	if asJSON {
		h = slog.NewJSONHandler(buf, opts)
	}
	return &AuditLog{logger: slog.New(h).With("component", "audit")}
}

func (l *AuditLog) Record(ctx context.Context, actor Actor, action, resource string, allowed bool, extra ...any) {
	level := slog.LevelInfo
	if !allowed {
		level = slog.LevelWarn
	}
	args := append([]any{
		slog.Any("actor", actor),
		slog.String("action", action),
		slog.String("resource", resource),
		slog.Bool("allowed", allowed),
	}, extra...)
	l.logger.Log(ctx, level, "audit event", args...)
}

func authorize(a Actor, action string) bool {
	switch a.Role {
	case "admin":
		return true
	case "editor":
		return action != "delete"
	default:
		return action == "read"
	}
}

func main() {
	events := []struct {
		actor    Actor
		action   string
		resource string
	}{
		{Actor{"u-1", "admin"}, "delete", "doc/42"},
		{Actor{"u-2", "editor"}, "update", "doc/42"},
		{Actor{"u-2", "editor"}, "delete", "doc/7"},
		{Actor{"u-3", "viewer"}, "read", "doc/7"},
		{Actor{"u-3", "viewer"}, "update", "doc/7"},
	}

	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		audit := NewAuditLog(&buf, format == "json")
		ctx := context.Background()
		for i, e := range events {
			ok := authorize(e.actor, e.action)
			audit.Record(ctx, e.actor, e.action, e.resource, ok, slog.Int("seq", i+1))
		}
		sess := audit.logger.WithGroup("session")
		sess.Debug("token rotated", "user", "u-1", "token", Secret("tok_abc123"))

		lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
		fmt.Printf("== %s handler: %d lines\n", format, len(lines))
		for _, line := range lines {
			fmt.Println(line)
		}
		fmt.Println("warnings:", strings.Count(buf.String(), "WARN"),
			"secret leaked:", strings.Contains(buf.String(), "tok_abc123"))
	}
}
