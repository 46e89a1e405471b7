package main

import (
	"errors"
	"fmt"
	"strings"
)

type Notifier interface {
	Send(to, msg string) error
}

// NotifierFunc adapts a plain function to the Notifier interface.
type NotifierFunc func(to, msg string) error

func (f NotifierFunc) Send(to, msg string) error { return f(to, msg) }

type EmailNotifier struct{ outbox []string }

func (e *EmailNotifier) Send(to, msg string) error {
	if !strings.Contains(to, "@") {
		return fmt.Errorf("email: bad address %q", to)
	}
	e.outbox = append(e.outbox, fmt.Sprintf("mail to=%s body=%q", to, msg))
	return nil
}

type SMSNotifier struct {
	maxLen int
	sent   int
}

func (s *SMSNotifier) Send(to, msg string) error {
	if len(msg) > s.maxLen {
		msg = msg[:s.maxLen-3] + "..."
	}
	s.sent++
	fmt.Printf("    [sms %s] %s\n", to, msg)
	return nil
}

type prefixed struct {
	inner  Notifier
	prefix string
}

func (p prefixed) Send(to, msg string) error { return p.inner.Send(to, p.prefix+msg) }

type retrying struct {
	inner    Notifier
	attempts int
}

func (r retrying) Send(to, msg string) error {
	var err error
	for i := 1; i <= r.attempts; i++ {
		if err = r.inner.Send(to, msg); err == nil {
			return nil
		}
		fmt.Printf("    attempt %d failed: %v\n", i, err)
	}
	return fmt.Errorf("gave up after %d attempts: %w", r.attempts, err)
}

type fanOut []Notifier

func (f fanOut) Send(to, msg string) error {
	var errs []error
	for _, n := range f {
		errs = append(errs, n.Send(to, msg))
	}
	return errors.Join(errs...)
}

func WithPrefix(n Notifier, p string) Notifier { return prefixed{n, p} }
func WithRetry(n Notifier, times int) Notifier { return retrying{n, times} }

func flaky(failures int) Notifier {
	calls := 0
	return NotifierFunc(func(to, msg string) error {
		calls++
		if calls <= failures {
			return fmt.Errorf("push service unavailable (call %d)", calls)
		}
		fmt.Printf("    [push %s] %s\n", to, msg)
		return nil
	})
}

func main() {
	email := &EmailNotifier{}
	sms := &SMSNotifier{maxLen: 24}
	stack := WithPrefix(WithRetry(flaky(2), 3), "[urgent] ")
	all := fanOut{email, WithPrefix(sms, "ALERT: "), stack}

	messages := []struct{ to, msg string }{
		{"ops@example.com", "disk almost full"},
		{"oncall", "database replica lag is above threshold"},
		{"dev@example.com", "deploy finished"},
	}
	for _, m := range messages {
		fmt.Printf("send to %s:\n", m.to)
		if err := all.Send(m.to, m.msg); err != nil {
			fmt.Println("  error:", err)
		}
	}
	fmt.Println("always failing push with retry:")
	err := WithRetry(flaky(10), 2).Send("x", "y")
	fmt.Println("  result:", err)
	fmt.Println("email outbox:")
	for _, line := range email.outbox {
		fmt.Println("  " + line)
	}
	fmt.Printf("sms sent: %d, decorator type: %T\n", sms.sent, stack)
}
