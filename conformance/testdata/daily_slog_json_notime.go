package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"
)

type User struct {
	ID    int
	Email string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("email", "<redacted>"))
}

func main() {
	opts := &slog.HandlerOptions{
		Level:     slog.LevelDebug,
		AddSource: false,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			if a.Key == slog.LevelKey {
				a.Value = slog.StringValue(a.Value.String()[:1])
			}
			if a.Key == "password" {
				a.Value = slog.StringValue("***")
			}
			return a
		},
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, opts))

	logger.Info("server starting", "port", 8080, "tls", false)
	logger.Debug("config loaded", slog.Group("db", "host", "localhost", "pool", 10))

	reqLog := logger.With("request_id", "req-42").WithGroup("http")
	reqLog.Info("request", "method", "GET", "path", "/users", "duration", 1500*time.Millisecond)
	reqLog.Warn("slow request", slog.Duration("took", 3*time.Second), slog.Float64("ratio", 0.75))

	logger.Error("login failed", "user", User{ID: 7, Email: "a@b.c"}, "password", "hunter2", "err", errors.New("bad credentials"))
	logger.LogAttrs(context.Background(), slog.LevelInfo, "at fixed time",
		slog.Time("when", time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)),
		slog.Any("tags", []string{"a", "b"}))

	quiet := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelWarn, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("should not appear")
	quiet.Warn("only warnings", "enabled_info", quiet.Enabled(context.Background(), slog.LevelInfo))
}
