package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const sheet = `name, homework, test, bonus, passed
Ina, 17, 82.5, 0x0A, true
Jo,  12, 67, 3, false
Kai, abc, 91, 0, true
Lu,  20, 101.25, 2, T
Mo,  9, 55, -4, maybe`

type Row struct {
	Name     string
	Homework int
	Test     float64
	Bonus    int64
	Passed   bool
}

func parseRow(line string) (Row, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 5 {
		return Row{}, fmt.Errorf("want 5 fields, got %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	var r Row
	var err error
	r.Name = fields[0]
	if r.Homework, err = strconv.Atoi(fields[1]); err != nil {
		return r, fmt.Errorf("homework: %w", err)
	}
	if r.Test, err = strconv.ParseFloat(fields[2], 64); err != nil {
		return r, fmt.Errorf("test: %w", err)
	}
	if r.Bonus, err = strconv.ParseInt(fields[3], 0, 64); err != nil {
		return r, fmt.Errorf("bonus: %w", err)
	}
	if r.Passed, err = strconv.ParseBool(fields[4]); err != nil {
		return r, fmt.Errorf("passed: %w", err)
	}
	return r, nil
}

func main() {
	lines := strings.Split(sheet, "\n")
	header := strings.Split(lines[0], ", ")
	fmt.Printf("columns (%d): %q\n", len(header), header)

	var ok []Row
	for n, line := range lines[1:] {
		r, err := parseRow(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("line %d: %v [func=%s input=%q syntax=%t]\n",
					n+2, err, numErr.Func, numErr.Num, errors.Is(err, strconv.ErrSyntax))
			}
			continue
		}
		ok = append(ok, r)
	}

	for _, r := range ok {
		total := float64(r.Homework) + r.Test + float64(r.Bonus)
		fmt.Printf("%-4s total=%s passed=%s\n", r.Name,
			strconv.FormatFloat(total, 'f', 2, 64), strconv.FormatBool(r.Passed))
	}

	fmt.Println(strconv.Itoa(2024) + "-" + strconv.FormatInt(255, 16) + "-" + strconv.FormatInt(5, 2))
	fmt.Println(strconv.Quote("Room \"B\"\t2"), strconv.QuoteRune('é'), strconv.QuoteToASCII("café"))
	if s, err := strconv.Unquote(`"Year\t7"`); err == nil {
		fmt.Printf("unquoted: %q\n", s)
	}
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println("range error:", errors.Is(err, strconv.ErrRange))

	title := strings.ToUpper(strings.TrimSuffix("report.txt", ".txt"))
	fmt.Println(title, strings.Count("mississippi", "s"), strings.Fields("  a  b c ")[2])
	fmt.Println(strings.Map(func(r rune) rune {
		if r == ' ' {
			return '_'
		}
		return r
	}, "end of term"), strings.EqualFold("GRADE", "grade"))
	b := strconv.AppendInt([]byte("score:"), 88, 10)
	fmt.Println(string(b))
}
