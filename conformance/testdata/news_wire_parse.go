package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A wire line looks like: ID;PRIORITY;WORDS;SCORE;URGENT;HEADLINE
type WireItem struct {
	ID       uint64
	Priority int
	Words    int
	Score    float64
	Urgent   bool
	Headline string
}

func parseLine(line string) (WireItem, error) {
	f := strings.SplitN(line, ";", 6)
	if len(f) != 6 {
		return WireItem{}, fmt.Errorf("want 6 fields, got %d", len(f))
	}
	var it WireItem
	var err error
	if it.ID, err = strconv.ParseUint(f[0], 16, 64); err != nil {
		return it, fmt.Errorf("id: %w", err)
	}
	if it.Priority, err = strconv.Atoi(f[1]); err != nil {
		return it, fmt.Errorf("priority: %w", err)
	}
	w, err := strconv.ParseInt(f[2], 10, 16)
	if err != nil {
		return it, fmt.Errorf("words: %w", err)
	}
	it.Words = int(w)
	if it.Score, err = strconv.ParseFloat(f[3], 64); err != nil {
		return it, fmt.Errorf("score: %w", err)
	}
	if it.Urgent, err = strconv.ParseBool(f[4]); err != nil {
		return it, fmt.Errorf("urgent: %w", err)
	}
	it.Headline, err = strconv.Unquote(f[5])
	if err != nil {
		return it, fmt.Errorf("headline: %w", err)
	}
	return it, nil
}

func main() {
	lines := []string{
		`1f4a;2;640;0.875;false;"Port strike ends"`,
		`ff01;1;90000;0.5;true;"Quake hits coast"`,
		`zz;1;100;0.1;false;"Bad id"`,
		`0b2c;3;410;7e-1;T;"Tab\there \"quoted\""`,
		`a1;x;100;0.1;false;"Bad priority"`,
		`c3;2;300;0.3;yes;"Bad bool"`,
		`only;three;fields`,
	}

	var ok []WireItem
	for _, l := range lines {
		it, err := parseLine(l)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("reject: %v [func=%s range=%t]\n", err, numErr.Func, errors.Is(err, strconv.ErrRange))
			} else {
				fmt.Println("reject:", err)
			}
			continue
		}
		ok = append(ok, it)
	}

	for _, it := range ok {
		fmt.Printf("id=%d (0x%x) p=%d words=%d score=%s urgent=%t\n",
			it.ID, it.ID, it.Priority, it.Words, strconv.FormatFloat(it.Score, 'f', -1, 64), it.Urgent)
		fmt.Println("   headline:", strconv.Quote(it.Headline), "ascii:", strconv.QuoteToASCII(it.Headline+" ✓"))
	}

	b := []byte("words=")
	b = strconv.AppendInt(b, 1234, 10)
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '¶')
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(255, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.FormatFloat(2.5, 'g', -1, 32))
}
