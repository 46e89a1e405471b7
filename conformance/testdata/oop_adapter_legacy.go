package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Notifier is the interface our application code depends on.
type Notifier interface {
	Send(to, msg string) error
}

// LegacySMS is a third-party type with an incompatible API.
type LegacySMS struct {
	Sent []string
}

func (l *LegacySMS) Transmit(number int64, text []byte) int {
	if len(text) > 20 {
		return -1
	}
	l.Sent = append(l.Sent, fmt.Sprintf("%d:%s", number, text))
	return len(text)
}

// SMSAdapter makes LegacySMS satisfy Notifier.
type SMSAdapter struct {
	Legacy *LegacySMS
}

func (a SMSAdapter) Send(to, msg string) error {
	n, err := strconv.ParseInt(strings.ReplaceAll(to, "-", ""), 10, 64)
	if err != nil {
		return fmt.Errorf("sms adapter: bad number %q: %w", to, err)
	}
	if a.Legacy.Transmit(n, []byte(msg)) < 0 {
		return fmt.Errorf("sms adapter: message too long (%d bytes)", len(msg))
	}
	return nil
}

// EmailFunc adapts a plain function, the way http.HandlerFunc does.
type EmailFunc func(addr, body string) error

func (f EmailFunc) Send(to, msg string) error { return f(to, msg) }

func Broadcast(ns map[string]Notifier, order []string, to map[string]string, msg string) {
	for _, name := range order {
		err := ns[name].Send(to[name], msg)
		fmt.Printf("%-5s %-20T err=%v\n", name, ns[name], err)
	}
}

func main() {
	legacy := &LegacySMS{}
	var outbox []string
	email := EmailFunc(func(addr, body string) error {
		if !strings.Contains(addr, "@") {
			return fmt.Errorf("email: invalid address %q", addr)
		}
		outbox = append(outbox, addr+" <- "+body)
		return nil
	})

	ns := map[string]Notifier{"sms": SMSAdapter{legacy}, "email": email}
	order := []string{"email", "sms"}

	Broadcast(ns, order, map[string]string{"sms": "555-0100", "email": "ops@example.com"}, "disk full")
	Broadcast(ns, order, map[string]string{"sms": "555-01x0", "email": "nobody"}, "disk full")
	Broadcast(ns, order, map[string]string{"sms": "555-0199", "email": "a@b.c"}, "this message is far too long")

	fmt.Printf("legacy sent: %q\n", legacy.Sent)
	fmt.Printf("outbox: %q\n", outbox)
	var n Notifier = SMSAdapter{legacy}
	_, isAdapter := n.(SMSAdapter)
	fmt.Println("is adapter:", isAdapter)
}
