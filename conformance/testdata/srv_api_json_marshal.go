package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Money is stored in cents but rendered as a decimal string like "12.50".
type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%d.%02d", m/100, m%100))
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money must be a string: %w", err)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return fmt.Errorf("bad money %q: too many decimals", s)
	}
	w, err1 := strconv.ParseUint(whole, 10, 62)
	f, err2 := strconv.ParseUint((frac + "00")[:2], 10, 8)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("bad money %q", s)
	}
	*m = Money(w*100 + f)
	return nil
}

type Status int

const (
	StatusDraft Status = iota
	StatusActive
	StatusArchived
)

var statusText = map[Status]string{StatusDraft: "draft", StatusActive: "active", StatusArchived: "archived"}

func (s Status) MarshalText() ([]byte, error) {
	if t, ok := statusText[s]; ok {
		return []byte(t), nil
	}
	return nil, fmt.Errorf("unknown status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	for k, v := range statusText {
		if v == string(b) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Item struct {
	SKU     string    `json:"sku"`
	Price   Money     `json:"price"`
	Status  Status    `json:"status"`
	Tags    []string  `json:"tags,omitempty"`
	Created time.Time `json:"created"`
}

// ItemResponse wraps Item and adds computed fields via an alias type to
// avoid infinite recursion in MarshalJSON.
type ItemResponse struct{ Item }

func (r ItemResponse) MarshalJSON() ([]byte, error) {
	type alias Item
	return json.Marshal(struct {
		alias
		Link    string `json:"_link"`
		TagsCSV string `json:"tags_csv"`
	}{alias(r.Item), "/items/" + r.SKU, strings.Join(r.Tags, ",")})
}

type ErrorResponse struct {
	Error   string `json:"error"`
	Details string `json:"details,omitempty"`
}

func decodeItem(body string) ([]byte, error) {
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	var it Item
	if err := dec.Decode(&it); err != nil {
		return json.Marshal(ErrorResponse{Error: "invalid request", Details: err.Error()})
	}
	if it.SKU == "" {
		return json.Marshal(ErrorResponse{Error: "sku is required"})
	}
	return json.MarshalIndent(ItemResponse{it}, "", "  ")
}

func main() {
	bodies := []string{
		`{"sku":"A-1","price":"19.99","status":"active","tags":["new","sale"],"created":"2024-03-01T10:00:00Z"}`,
		`{"sku":"B-2","price":"5.5","status":"draft","created":"2024-03-02T00:00:00Z"}`,
		`{"sku":"C-3","price":12.5,"status":"active"}`,
		`{"sku":"D-4","price":"1.00","status":"deleted"}`,
		`{"sku":"E-5","price":"1.00","colour":"red"}`,
		`{"sku":"F-6","price":"3.0x"}`,
		`{"sku":"G-7","price":"3.001"}`,
		`{"price":"3.00"}`,
	}
	for i, b := range bodies {
		out, err := decodeItem(b)
		if err != nil {
			fmt.Println("marshal error:", err)
			continue
		}
		fmt.Printf("request %d -> %s\n", i+1, out)
	}

	_, err := json.Marshal(Item{SKU: "X", Status: Status(9)})
	var me *json.MarshalerError
	fmt.Println("bad status:", errors.As(err, &me), err)
}
