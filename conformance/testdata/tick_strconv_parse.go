package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TicketRef struct {
	Project string
	Number  int
}

func (r TicketRef) String() string {
	return r.Project + "-" + strconv.Itoa(r.Number)
}

func ParseRef(s string) (TicketRef, error) {
	proj, num, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return TicketRef{}, fmt.Errorf("parse %q: missing dash", s)
	}
	if proj == "" || strings.ToUpper(proj) != proj {
		return TicketRef{}, fmt.Errorf("parse %q: project must be upper case", s)
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return TicketRef{}, fmt.Errorf("parse %q: %w", s, err)
	}
	return TicketRef{proj, n}, nil
}

func main() {
	inputs := []string{"TCK-42", " OPS-0007 ", "tck-9", "SALES-x1", "REF99", "SEAT-123456"}
	for _, in := range inputs {
		ref, err := ParseRef(in)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("bad number %q (func %s): %v\n", numErr.Num, numErr.Func, numErr.Err)
				continue
			}
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("ok: %v (project=%s number=%d)\n", ref, ref.Project, ref.Number)
	}

	price, _ := strconv.ParseFloat("49.95", 64)
	qty, _ := strconv.ParseInt("-3", 10, 8)
	refundable, _ := strconv.ParseBool("true")
	fmt.Println("price:", strconv.FormatFloat(price*2, 'f', 2, 64))
	fmt.Println("qty:", qty, "refundable:", refundable)

	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println("overflow:", err, errors.Is(err, strconv.ErrRange))

	fmt.Println("hex seat code:", strconv.FormatInt(48879, 16), "binary flags:", strconv.FormatInt(5, 2))
	fmt.Println("quoted:", strconv.Quote("Row \"A\"\tSeat 4"))
	n, _ := strconv.ParseUint("ff", 16, 32)
	fmt.Println("parsed hex:", n)

	var b []byte
	b = strconv.AppendInt(b, 2024, 10)
	b = append(b, '/')
	b = strconv.AppendQuote(b, "gala")
	fmt.Println("appended:", string(b))
}
