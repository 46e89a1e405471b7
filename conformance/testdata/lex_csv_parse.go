// A hand-written CSV parser (RFC 4180 style) as a small state machine.
package main

import (
	"fmt"
	"strings"
)

type state int

const (
	fieldStart state = iota
	unquoted
	quoted
	quoteInQuoted
)

var stateNames = [...]string{"fieldStart", "unquoted", "quoted", "quoteInQuoted"}

func (s state) String() string { return stateNames[s] }

type CSVError struct {
	Row, Col int
	State    state
}

func (e CSVError) Error() string {
	return fmt.Sprintf("csv: syntax error at row %d col %d (state %v)", e.Row, e.Col, e.State)
}

func parseCSV(src string) ([][]string, error) {
	var rows [][]string
	var row []string
	var field strings.Builder
	st := fieldStart
	rowNum, col := 1, 0
	endField := func() {
		row = append(row, field.String())
		field.Reset()
		st = fieldStart
	}
	endRow := func() {
		endField()
		rows = append(rows, row)
		row = nil
		rowNum++
		col = 0
	}
	for _, r := range src {
		col++
		switch st {
		case fieldStart:
			if r == '"' {
				st = quoted
				continue
			}
			st = unquoted
			fallthrough
		case unquoted:
			switch r {
			case ',':
				endField()
			case '\n':
				endRow()
			default:
				field.WriteRune(r)
			}
		case quoted:
			if r == '"' {
				st = quoteInQuoted
			} else {
				field.WriteRune(r)
			}
		case quoteInQuoted:
			switch r {
			case '"': // escaped quote
				field.WriteRune('"')
				st = quoted
			case ',':
				endField()
			case '\n':
				endRow()
			default:
				return nil, CSVError{rowNum, col, st}
			}
		}
	}
	if st == quoted {
		return nil, CSVError{rowNum, col, st}
	}
	if st != fieldStart || len(row) > 0 {
		endRow()
	}
	return rows, nil
}

func main() {
	data := "name,city,quote\nAda,London,\"Analytical, not numerical\"\n" +
		"Grace,\"New York\",\"She said \"\"bug\"\"\"\nJosé,Zürich,\n,,\n"
	rows, _ := parseCSV(data)
	fmt.Printf("%d rows, header %q\n", len(rows), rows[0])
	header := rows[0]
	for i, r := range rows[1:] {
		var sb strings.Builder
		fmt.Fprintf(&sb, "row %d (%d fields): ", i+1, len(r))
		for j, h := range header {
			fmt.Fprintf(&sb, "%s=%q ", h, r[j])
		}
		fmt.Println(strings.TrimSpace(sb.String()))
	}
	for _, bad := range []string{"a,\"open", "a,\"x\"y", "ok,\"fine\"\n\"x\"!"} {
		_, err := parseCSV(bad)
		fmt.Printf("%q -> %v\n", bad, err)
		if ce, ok := err.(CSVError); ok {
			fmt.Printf("   row=%d col=%d state=%d (%v)\n", ce.Row, ce.Col, int(ce.State), ce.State)
		}
	}
}
