package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Envelope struct {
	Seq     int             `json:"seq"`
	Kind    string          `json:"kind"`
	Payload json.RawMessage `json:"payload"`
}

type ItemAdded struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type ItemRemoved struct {
	SKU string `json:"sku"`
}

type Checkout struct {
	Method string `json:"method"`
}

type Event interface{ apply(*Order) }

type Order struct {
	Lines   map[string]ItemAdded
	Paid    bool
	Method  string
	Applied int
}

var ErrClosed = errors.New("order already checked out")

type UnknownEventError struct{ Kind string }

func (e UnknownEventError) Error() string { return "unknown event kind " + e.Kind }

func (e ItemAdded) apply(o *Order) {
	cur := o.Lines[e.SKU]
	cur.SKU, cur.Price = e.SKU, e.Price
	cur.Qty += e.Qty
	o.Lines[e.SKU] = cur
}

func (e ItemRemoved) apply(o *Order) { delete(o.Lines, e.SKU) }
func (e Checkout) apply(o *Order)    { o.Paid, o.Method = true, e.Method }

func decode(env Envelope) (Event, error) {
	var ev Event
	switch env.Kind {
	case "added":
		ev = &ItemAdded{}
	case "removed":
		ev = &ItemRemoved{}
	case "checkout":
		ev = &Checkout{}
	default:
		return nil, UnknownEventError{env.Kind}
	}
	if err := json.Unmarshal(env.Payload, ev); err != nil {
		return nil, fmt.Errorf("seq %d: %w", env.Seq, err)
	}
	return ev, nil
}

const log = `{"seq":1,"kind":"added","payload":{"sku":"pen","qty":3,"price":1.25}}
{"seq":2,"kind":"added","payload":{"sku":"pad","qty":1,"price":4.5}}
{"seq":3,"kind":"gift-wrap","payload":{}}
{"seq":4,"kind":"added","payload":{"sku":"pen","qty":2,"price":1.25}}
{"seq":5,"kind":"removed","payload":{"sku":"pad"}}
{"seq":6,"kind":"added","payload":{"sku":"ink","qty":"two","price":7}}
{"seq":7,"kind":"added","payload":{"sku":"ink","qty":2,"price":7}}
{"seq":8,"kind":"checkout","payload":{"method":"card"}}
{"seq":9,"kind":"added","payload":{"sku":"clip","qty":10,"price":0.1}}`

func main() {
	o := &Order{Lines: map[string]ItemAdded{}}
	dec := json.NewDecoder(strings.NewReader(log))
	for dec.More() {
		var env Envelope
		if err := dec.Decode(&env); err != nil {
			panic(err) // the embedded log is well-formed JSON
		}
		ev, err := decode(env)
		var unk UnknownEventError
		if errors.As(err, &unk) {
			fmt.Printf("seq %d: skipping %q\n", env.Seq, unk.Kind)
			continue
		} else if err != nil {
			fmt.Println("decode error:", err)
			continue
		}
		if o.Paid {
			err := fmt.Errorf("seq %d: %T rejected: %w", env.Seq, ev, ErrClosed)
			fmt.Printf("%v (closed=%t)\n", err, errors.Is(err, ErrClosed))
			continue
		}
		ev.apply(o)
		o.Applied++
		fmt.Printf("seq %d: applied %T %+v\n", env.Seq, ev, ev)
	}
	total := 0.0
	for _, sku := range slices.Sorted(maps.Keys(o.Lines)) {
		l := o.Lines[sku]
		fmt.Printf("%-4s x%-2d @ %5.2f = %6.2f\n", l.SKU, l.Qty, l.Price, float64(l.Qty)*l.Price)
		total += float64(l.Qty) * l.Price
	}
	fmt.Printf("total %.2f paid=%t method=%q applied=%d\n", total, o.Paid, o.Method, o.Applied)
	snap, _ := json.Marshal(o.Lines)
	fmt.Println("snapshot:", string(snap))
}
