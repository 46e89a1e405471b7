package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type OrderLine struct {
	Item  string
	Qty   int
	Price float64
	ToGo  bool
}

func parseLine(s string) (OrderLine, error) {
	parts := strings.Split(s, ";")
	if len(parts) != 4 {
		return OrderLine{}, fmt.Errorf("line %q: want 4 fields, got %d", s, len(parts))
	}
	var ol OrderLine
	ol.Item = strings.TrimSpace(parts[0])
	qty, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return OrderLine{}, fmt.Errorf("qty: %w", err)
	}
	ol.Qty = qty
	price, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
	if err != nil {
		return OrderLine{}, fmt.Errorf("price: %w", err)
	}
	ol.Price = price
	togo, err := strconv.ParseBool(strings.TrimSpace(parts[3]))
	if err != nil {
		return OrderLine{}, fmt.Errorf("togo: %w", err)
	}
	ol.ToGo = togo
	return ol, nil
}

func main() {
	raw := `latte; 2; 4.50; true
scone; 1; 3.25; false
mocha; two; 5.00; true
tea; 3; 2.5; yes
cookie; 4; 1.75; 1
espresso; 99999999999999999999; 2.75; false`

	var good []OrderLine
	for i, line := range strings.Split(raw, "\n") {
		ol, err := parseLine(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("line %d: %s failed on %q: %v\n", i+1, numErr.Func, numErr.Num, numErr.Err)
				if errors.Is(err, strconv.ErrRange) {
					fmt.Println("        (value out of range)")
				}
			} else {
				fmt.Printf("line %d: %v\n", i+1, err)
			}
			continue
		}
		good = append(good, ol)
	}

	total := 0.0
	for _, ol := range good {
		sub := float64(ol.Qty) * ol.Price
		total += sub
		fmt.Printf("%-7s qty=%s price=%s togo=%s\n", ol.Item,
			strconv.Itoa(ol.Qty), strconv.FormatFloat(ol.Price, 'f', 2, 64), strconv.FormatBool(ol.ToGo))
	}
	fmt.Println("total:", strconv.FormatFloat(total, 'f', -1, 64))

	code := strconv.FormatInt(48879, 16)
	back, _ := strconv.ParseInt(code, 16, 64)
	fmt.Println("table code hex:", code, "-> decimal:", back)
	fmt.Println("binary loyalty flags:", strconv.FormatInt(13, 2))
	fmt.Println("quoted name:", strconv.Quote("Café Olé"), strconv.QuoteToASCII("Café Olé"))
	n, err := strconv.ParseUint("-5", 10, 8)
	fmt.Println("parse -5 as uint:", n, err)
	b := strconv.AppendInt([]byte("receipt-"), 1042, 10)
	fmt.Println(string(b))
}
