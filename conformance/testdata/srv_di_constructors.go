package main

import (
	"errors"
	"fmt"
	"strings"
)

// --- interfaces the service depends on ---

type Clock interface{ Today() string }

type Mailer interface {
	Send(to, subject, body string) error
}

type InvoiceStore interface {
	Save(inv Invoice) error
	ByCustomer(customer string) []Invoice
}

type Invoice struct {
	Number   int
	Customer string
	Amount   int
	Date     string
}

// --- concrete implementations ---

type fixedClock string

func (c fixedClock) Today() string { return string(c) }

type outbox struct{ sent []string }

func (o *outbox) Send(to, subject, body string) error {
	if !strings.Contains(to, "@") {
		return fmt.Errorf("invalid recipient %q", to)
	}
	o.sent = append(o.sent, fmt.Sprintf("to=%s subject=%q body=%q", to, subject, body))
	return nil
}

type memStore struct{ invoices []Invoice }

func (m *memStore) Save(inv Invoice) error {
	m.invoices = append(m.invoices, inv)
	return nil
}

func (m *memStore) ByCustomer(c string) []Invoice {
	var out []Invoice
	for _, inv := range m.invoices {
		if inv.Customer == c {
			out = append(out, inv)
		}
	}
	return out
}

// --- the service, wired only through its constructor ---

type BillingService struct {
	clock  Clock
	mailer Mailer
	store  InvoiceStore
	next   int
	prefix string
}

type Option func(*BillingService)

func WithNumberStart(n int) Option      { return func(s *BillingService) { s.next = n } }
func WithSubjectPrefix(p string) Option { return func(s *BillingService) { s.prefix = p } }

func NewBillingService(c Clock, m Mailer, st InvoiceStore, opts ...Option) (*BillingService, error) {
	if c == nil || m == nil || st == nil {
		return nil, errors.New("billing: all dependencies are required")
	}
	s := &BillingService{clock: c, mailer: m, store: st, next: 1, prefix: "Invoice"}
	for _, opt := range opts {
		opt(s)
	}
	return s, nil
}

func (s *BillingService) Bill(customer, email string, amount int) (Invoice, error) {
	inv := Invoice{Number: s.next, Customer: customer, Amount: amount, Date: s.clock.Today()}
	subject := fmt.Sprintf("%s #%d", s.prefix, inv.Number)
	body := fmt.Sprintf("Dear %s, you owe %d on %s.", customer, amount, inv.Date)
	if err := s.mailer.Send(email, subject, body); err != nil {
		return Invoice{}, fmt.Errorf("bill %s: %w", customer, err)
	}
	if err := s.store.Save(inv); err != nil {
		return Invoice{}, fmt.Errorf("bill %s: %w", customer, err)
	}
	s.next++
	return inv, nil
}

func main() {
	if _, err := NewBillingService(fixedClock("2024-06-30"), nil, &memStore{}); err != nil {
		fmt.Println("construct:", err)
	}

	mail := &outbox{}
	store := &memStore{}
	svc, err := NewBillingService(fixedClock("2024-06-30"), mail, store,
		WithNumberStart(1001), WithSubjectPrefix("ACME Invoice"))
	if err != nil {
		fmt.Println("unexpected:", err)
		return
	}

	jobs := []struct {
		customer, email string
		amount          int
	}{
		{"Globex", "ap@globex.test", 1200},
		{"Initech", "billing-at-initech", 300},
		{"Globex", "ap@globex.test", 450},
		{"Umbrella", "finance@umbrella.test", 9999},
	}
	for _, j := range jobs {
		inv, err := svc.Bill(j.customer, j.email, j.amount)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("billed #%d %s %d\n", inv.Number, inv.Customer, inv.Amount)
	}

	fmt.Println("outbox:")
	for _, m := range mail.sent {
		fmt.Println("  " + m)
	}
	total := 0
	for _, inv := range store.ByCustomer("Globex") {
		total += inv.Amount
	}
	fmt.Println("Globex total:", total, "invoices:", len(store.ByCustomer("Globex")))
}
