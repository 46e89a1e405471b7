package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Segment is one line of a simplified airline reservation record, e.g.
//
//	"1 UA 857 Y 14MAR SFOPVG HK2 1100 1535+1"
type Segment struct {
	Line     int
	Carrier  string
	Number   int
	Class    byte
	Day      int
	Month    string
	From, To string
	Seats    int
	Depart   int
	Arrive   int
	NextDay  bool
}

func parseSegment(s string) (Segment, error) {
	f := strings.Fields(s)
	if len(f) != 9 {
		return Segment{}, fmt.Errorf("want 9 fields, got %d", len(f))
	}
	var seg Segment
	var err error
	if seg.Line, err = strconv.Atoi(f[0]); err != nil {
		return seg, fmt.Errorf("line number: %w", err)
	}
	seg.Carrier = f[1]
	if seg.Number, err = strconv.Atoi(f[2]); err != nil {
		return seg, fmt.Errorf("flight number: %w", err)
	}
	seg.Class = f[3][0]
	if len(f[4]) != 5 {
		return seg, fmt.Errorf("bad date %q", f[4])
	}
	if seg.Day, err = strconv.Atoi(f[4][:2]); err != nil {
		return seg, fmt.Errorf("day: %w", err)
	}
	seg.Month = f[4][2:]
	seg.From, seg.To = f[5][:3], f[5][3:]
	seg.Seats, err = strconv.Atoi(strings.TrimPrefix(f[6], "HK"))
	if err != nil {
		return seg, fmt.Errorf("seats: %w", err)
	}
	seg.Depart, _ = strconv.Atoi(f[7])
	arr, plus := strings.CutSuffix(f[8], "+1")
	seg.NextDay = plus
	if seg.Arrive, err = strconv.Atoi(arr); err != nil {
		return seg, fmt.Errorf("arrival: %w", err)
	}
	return seg, nil
}

func (s Segment) String() string {
	next := ""
	if s.NextDay {
		next = " (+1)"
	}
	return fmt.Sprintf("%s%-4d %c %02d%s %s-%s x%d %04d-%04d%s",
		s.Carrier, s.Number, s.Class, s.Day, s.Month, s.From, s.To, s.Seats, s.Depart, s.Arrive, next)
}

func main() {
	record := `1 UA 857 Y 14MAR SFOPVG HK2 1100 1535+1
2 MU 5101 Y 16MAR PVGPEK HK2 0900 1115
3 CA 985 J 2XMAR PEKSFO HK2 1300 0935
4 CA 986 J 24MAR PEKSFO HKtwo 1300 0935
5 AA 100 Y 25MAR JFKLHR HK1 1800
6 BA 117 Y 30MAR LHRJFK HK1 0815 1105`

	var ok []Segment
	for i, line := range strings.Split(record, "\n") {
		seg, err := parseSegment(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("line %d: %v (func=%s, input=%q)\n", i+1, err, numErr.Func, numErr.Num)
			} else {
				fmt.Printf("line %d: %v\n", i+1, err)
			}
			continue
		}
		ok = append(ok, seg)
	}
	fmt.Println("parsed segments:")
	for _, s := range ok {
		fmt.Println(" ", s)
	}
	seats := 0
	for _, s := range ok {
		seats += s.Seats
	}
	fmt.Println("total seat-segments:", strconv.Itoa(seats))
	fmt.Println("quoted:", strconv.Quote(ok[0].From+"/"+ok[len(ok)-1].To))
	price, _ := strconv.ParseFloat("1249.90", 64)
	fmt.Println("fare with fee:", strconv.FormatFloat(price*1.05, 'f', 2, 64))
	b, err := strconv.ParseBool("maybe")
	fmt.Println("refundable:", b, err)
}
