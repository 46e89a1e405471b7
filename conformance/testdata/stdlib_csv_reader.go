package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const inventory = `name,quantity,price,notes
widget,10,2.50,"basic, blue"
gadget,3,19.99,"says ""hello"""
gizmo,0,7.00,
"multi
line",1,1.00,wrapped name
`

type row struct {
	name  string
	qty   int
	price float64
	notes string
}

func main() {
	r := csv.NewReader(strings.NewReader(inventory))
	header, err := r.Read()
	fmt.Printf("header: %q err=%v\n", header, err)

	var rows []row
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			break
		}
		qty, _ := strconv.Atoi(rec[1])
		price, _ := strconv.ParseFloat(rec[2], 64)
		rows = append(rows, row{rec[0], qty, price, rec[3]})
		fmt.Printf("record: %q\n", rec)
	}

	value := 0.0
	for _, rw := range rows {
		value += float64(rw.qty) * rw.price
		fmt.Printf("%-12q qty=%2d price=%6.2f notes=%q\n", rw.name, rw.qty, rw.price, rw.notes)
	}
	fmt.Printf("inventory value: %.2f\n", value)

	semi := csv.NewReader(strings.NewReader("# comment line\na;b;c\n d ; e ;f\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	semi.TrimLeadingSpace = true
	all, err := semi.ReadAll()
	fmt.Printf("semicolon: %q err=%v\n", all, err)

	bad := csv.NewReader(strings.NewReader("a,b\nc,d,e\n"))
	_, err = bad.ReadAll()
	fmt.Println("field count error:", err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("  line", pe.Line, "is ErrFieldCount:", errors.Is(err, csv.ErrFieldCount))
	}

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "comment"})
	w.Write([]string{"ann", "likes \"quotes\", commas"})
	w.Write([]string{"bob", "line\nbreak"})
	w.Flush()
	fmt.Println("writer error:", w.Error())
}
