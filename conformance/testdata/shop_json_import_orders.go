package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Cents accepts JSON like "12.34" or 12.34 and stores integer cents.
type Cents int64

func (c *Cents) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	whole, frac, _ := strings.Cut(s, ".")
	frac = (frac + "00")[:2]
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt(frac, 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("invalid money %s", b)
	}
	*c = Cents(w*100 + f)
	return nil
}

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Line struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price Cents  `json:"price"`
}

type Order struct {
	ID       string `json:"id"`
	Customer struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	} `json:"customer"`
	Lines []Line `json:"lines"`
	Notes string `json:"notes,omitempty"`
}

var ErrValidation = errors.New("validation failed")

func (o Order) Validate() error {
	var problems []string
	if o.ID == "" {
		problems = append(problems, "missing id")
	}
	if !strings.Contains(o.Customer.Email, "@") {
		problems = append(problems, "bad email")
	}
	if len(o.Lines) == 0 {
		problems = append(problems, "no lines")
	}
	for _, l := range o.Lines {
		if l.Qty <= 0 {
			problems = append(problems, "qty must be positive for "+l.SKU)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrValidation, strings.Join(problems, "; "))
	}
	return nil
}

var payloads = []string{
	`{"id":"W-1","customer":{"name":"Ada","email":"ada@example.com"},
	  "lines":[{"sku":"YARN","qty":4,"price":"6.50"},{"sku":"NEEDLE","qty":1,"price":3.2}]}`,
	`{"id":"W-2","customer":{"name":"Bo","email":"bo.example.com"},"lines":[{"sku":"YARN","qty":0,"price":"6.50"}]}`,
	`{"id":"W-3","customer":{"name":"Cy","email":"cy@example.com"},"lines":[{"sku":"HOOK","qty":"two","price":"2.00"}]}`,
	`{"id":"W-4","customer":{"name":"Di","email":"di@example.com"},"lines":[{"sku":"KIT","qty":1,"price":"abc"}]}`,
	`{"id":"W-5","customer":{"name":"Ed","email":"ed@example.com"},"lines":[{"sku":"PATTERN","qty":2,"price":"12"}],"notes":"gift"}`,
	`{"id":"W-6", "customer": `,
}

func main() {
	var grand Cents
	for i, raw := range payloads {
		var o Order
		err := json.Unmarshal([]byte(raw), &o)
		var typeErr *json.UnmarshalTypeError
		var syntaxErr *json.SyntaxError
		switch {
		case errors.As(err, &typeErr):
			fmt.Printf("payload %d: wrong type for field %q (got %s)\n", i+1, typeErr.Field, typeErr.Value)
			continue
		case errors.As(err, &syntaxErr):
			fmt.Printf("payload %d: malformed JSON at byte %d\n", i+1, syntaxErr.Offset)
			continue
		case err != nil:
			fmt.Printf("payload %d: %v\n", i+1, err)
			continue
		}
		if err := o.Validate(); err != nil {
			fmt.Printf("payload %d (%s): %v\n", i+1, o.ID, err)
			continue
		}
		var total Cents
		for _, l := range o.Lines {
			total += l.Price * Cents(l.Qty)
		}
		grand += total
		fmt.Printf("payload %d: order %s for %s, %d lines, total %s", i+1, o.ID, o.Customer.Name, len(o.Lines), total)
		if o.Notes != "" {
			fmt.Printf(" (note: %s)", o.Notes)
		}
		fmt.Println()
	}
	fmt.Println("imported revenue:", grand)
}
