package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Money is stored in cents but serialized as a decimal string to avoid float issues.
type Money int64

func (m Money) String() string {
	s := strconv.FormatInt(int64(m), 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for len(s) < 3 {
		s = "0" + s
	}
	s = s[:len(s)-2] + "." + s[len(s)-2:]
	if neg {
		return "-" + s
	}
	return s
}

func (m Money) MarshalJSON() ([]byte, error) {
	return json.Marshal(m.String())
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money must be a string: %w", err)
	}
	whole, frac, found := strings.Cut(s, ".")
	if !found || len(frac) != 2 {
		return fmt.Errorf("money %q: need exactly two decimals", s)
	}
	v, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return fmt.Errorf("money %q: %w", s, err)
	}
	*m = Money(v)
	return nil
}

type Side int

const (
	Buy Side = iota + 1
	Sell
)

func (s Side) MarshalText() ([]byte, error) {
	switch s {
	case Buy:
		return []byte("buy"), nil
	case Sell:
		return []byte("sell"), nil
	}
	return nil, fmt.Errorf("invalid side %d", int(s))
}

func (s *Side) UnmarshalText(b []byte) error {
	switch string(b) {
	case "buy":
		*s = Buy
	case "sell":
		*s = Sell
	default:
		return errors.New("invalid side " + strconv.Quote(string(b)))
	}
	return nil
}

type Trade struct {
	ID         string            `json:"id"`
	Symbol     string            `json:"symbol"`
	Side       Side              `json:"side"`
	Quantity   int64             `json:"qty"`
	Price      Money             `json:"price"`
	Fee        Money             `json:"fee,omitempty"`
	ExecutedAt time.Time         `json:"executed_at"`
	Tags       map[string]string `json:"tags,omitempty"`
}

func (t Trade) Notional() Money { return Money(t.Quantity) * t.Price }

func main() {
	ts := time.Date(2024, 3, 15, 14, 30, 5, 250_000_000, time.UTC)
	trades := []Trade{
		{ID: "T-1", Symbol: "AAPL", Side: Buy, Quantity: 100, Price: 17234, Fee: 100, ExecutedAt: ts,
			Tags: map[string]string{"venue": "XNAS", "algo": "twap"}},
		{ID: "T-2", Symbol: "BRK.A", Side: Sell, Quantity: 1, Price: 61234567, ExecutedAt: ts.Add(90 * time.Second)},
		{ID: "T-3", Symbol: "PENNY", Side: Buy, Quantity: 5000, Price: 7, Fee: -5, ExecutedAt: ts.Add(time.Hour)},
	}
	out, err := json.MarshalIndent(trades[:2], "", "  ")
	if err != nil {
		fmt.Println("marshal error:", err)
		return
	}
	fmt.Println(string(out))
	compact, _ := json.Marshal(trades[2])
	fmt.Println(string(compact))

	var back []Trade
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	for _, t := range back {
		fmt.Printf("%s %s %d %s @ %v notional=%v at %s\n", t.ID, t.Side.String(), t.Quantity, t.Symbol,
			t.Price, t.Notional(), t.ExecutedAt.Format(time.RFC3339Nano))
	}

	bad := []string{
		`{"id":"X","side":"hold","price":"1.00"}`,
		`{"id":"X","side":"buy","price":12.5}`,
		`{"id":"X","side":"buy","price":"12.5"}`,
		`{"id":"X","side":"sell","price":"1e3.00"}`,
	}
	for _, b := range bad {
		var t Trade
		err := json.Unmarshal([]byte(b), &t)
		fmt.Println("decode error:", err)
	}

	_, err = json.Marshal(Trade{ID: "bad", Side: 9})
	fmt.Println("encode error:", err)
}

func (s Side) String() string {
	b, err := s.MarshalText()
	if err != nil {
		return "?"
	}
	return strings.ToUpper(string(b))
}
