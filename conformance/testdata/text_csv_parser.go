package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const data = `name,age,score,active
Alice,30,88.5,true
Bob,25,92.25,false
Carol,x,70,true
Dave,41,65.0,yes
Eve,35,99.75,true
,28,50,false`

type Record struct {
	Name   string
	Age    int
	Score  float64
	Active bool
}

type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: field %q: %v", e.Line, e.Field, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrEmptyName = errors.New("empty name")

func parseLine(lineNo int, header []string, line string) (Record, error) {
	fields := strings.Split(line, ",")
	if len(fields) != len(header) {
		return Record{}, fmt.Errorf("line %d: want %d fields, got %d", lineNo, len(header), len(fields))
	}
	var r Record
	for i, f := range fields {
		f = strings.TrimSpace(f)
		var err error
		switch header[i] {
		case "name":
			if f == "" {
				err = ErrEmptyName
			}
			r.Name = f
		case "age":
			r.Age, err = strconv.Atoi(f)
		case "score":
			r.Score, err = strconv.ParseFloat(f, 64)
		case "active":
			r.Active, err = strconv.ParseBool(f)
		}
		if err != nil {
			return Record{}, &ParseError{Line: lineNo, Field: header[i], Err: err}
		}
	}
	return r, nil
}

func main() {
	lines := strings.Split(data, "\n")
	header := strings.Split(lines[0], ",")
	fmt.Printf("header: %q\n", header)

	var records []Record
	for i, line := range lines[1:] {
		rec, err := parseLine(i+2, header, line)
		if err != nil {
			fmt.Println("error:", err)
			var pe *ParseError
			if errors.As(err, &pe) {
				var ne *strconv.NumError
				switch {
				case errors.As(pe.Err, &ne):
					fmt.Printf("  -> strconv %s failed on %q\n", ne.Func, ne.Num)
				case errors.Is(err, ErrEmptyName):
					fmt.Println("  -> missing name")
				}
			}
			continue
		}
		records = append(records, rec)
	}

	fmt.Println("parsed", len(records), "records")
	total := 0.0
	for _, r := range records {
		fmt.Printf("%-8s|%4d|%7.2f|%v\n", r.Name, r.Age, r.Score, r.Active)
		total += r.Score
	}
	fmt.Printf("average score: %6.2f\n", total/float64(len(records)))
	fmt.Printf("%+v\n", records[0])
}
