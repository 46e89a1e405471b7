package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type OrderLine struct {
	Product string
	Qty     int
	Price   float64
	Gift    bool
}

// parseLine reads lines like "croissant;12;1.95;false".
func parseLine(line string) (OrderLine, error) {
	fields := strings.Split(strings.TrimSpace(line), ";")
	if len(fields) != 4 {
		return OrderLine{}, fmt.Errorf("want 4 fields, got %d", len(fields))
	}
	qty, err := strconv.Atoi(fields[1])
	if err != nil {
		return OrderLine{}, fmt.Errorf("qty: %w", err)
	}
	price, err := strconv.ParseFloat(fields[2], 64)
	if err != nil {
		return OrderLine{}, fmt.Errorf("price: %w", err)
	}
	gift, err := strconv.ParseBool(fields[3])
	if err != nil {
		return OrderLine{}, fmt.Errorf("gift: %w", err)
	}
	return OrderLine{strings.ToLower(fields[0]), qty, price, gift}, nil
}

const input = `Croissant;12;1.95;false
Baguette;3;2.40;true
Eclair;x;3.10;false
Tart;2;4.5;maybe
Brioche;1;6.00
  Rye ;2;5.25;0`

func main() {
	var good []OrderLine
	for i, line := range strings.Split(input, "\n") {
		ol, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d rejected: %v\n", i+1, err)
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("        func=%s input=%q syntax=%t\n",
					numErr.Func, numErr.Num, errors.Is(numErr.Err, strconv.ErrSyntax))
			}
			continue
		}
		good = append(good, ol)
	}

	var b strings.Builder
	total := 0.0
	for _, ol := range good {
		sub := float64(ol.Qty) * ol.Price
		total += sub
		fmt.Fprintf(&b, "%-10s x%-3d %s", strings.TrimSpace(ol.Product), ol.Qty,
			strconv.FormatFloat(sub, 'f', 2, 64))
		if ol.Gift {
			b.WriteString(" (gift wrap)")
		}
		b.WriteByte('\n')
	}
	fmt.Print(b.String())
	fmt.Println("total:", strconv.FormatFloat(total, 'f', 2, 64))

	// Other conversions a till might need.
	fmt.Println(strconv.Itoa(42) + " loaves")
	fmt.Println(strconv.Quote("pain au raisin\t"), strconv.QuoteToASCII("crème"))
	code, _ := strconv.ParseInt("ff", 16, 64)
	fmt.Println("hex ff =", code, "binary =", strconv.FormatInt(code, 2))
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println("range check:", err, errors.Is(err, strconv.ErrRange))
	s := strconv.AppendInt([]byte("batch#"), 7, 10)
	fmt.Println(string(s), strings.Fields(" a  b c "), strings.ToUpper("done"))
}
