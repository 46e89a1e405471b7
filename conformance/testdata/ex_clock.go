package main

import "fmt"

const minutesPerDay = 24 * 60

type Clock struct {
	minutes int
}

func New(h, m int) Clock {
	total := (h*60 + m) % minutesPerDay
	if total < 0 {
		total += minutesPerDay
	}
	return Clock{total}
}

func (c Clock) Add(m int) Clock      { return New(0, c.minutes+m) }
func (c Clock) Subtract(m int) Clock { return New(0, c.minutes-m) }

func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", c.minutes/60, c.minutes%60)
}

func main() {
	create := []struct {
		h, m int
		want string
	}{
		{8, 0, "08:00"}, {11, 9, "11:09"}, {24, 0, "00:00"}, {25, 0, "01:00"},
		{100, 0, "04:00"}, {1, 60, "02:00"}, {0, 160, "02:40"}, {25, 160, "03:40"},
		{201, 3001, "11:01"}, {72, 8640, "00:00"}, {-1, 15, "23:15"}, {-25, 0, "23:00"},
		{-91, 0, "05:00"}, {1, -40, "00:20"}, {1, -4820, "16:40"}, {-25, -160, "20:20"},
	}
	for _, tc := range create {
		got := New(tc.h, tc.m)
		status := "PASS"
		if got.String() != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%s New(%d, %d) = %v\n", status, tc.h, tc.m, got)
	}

	arith := []struct {
		name string
		op   func(Clock, int) Clock
		h, m int
		by   int
		want string
	}{
		{"add", Clock.Add, 10, 0, 3, "10:03"},
		{"add across hour", Clock.Add, 0, 45, 40, "01:25"},
		{"add across midnight", Clock.Add, 23, 59, 2, "00:01"},
		{"add more than a day", Clock.Add, 5, 32, 1500, "06:32"},
		{"subtract", Clock.Subtract, 10, 3, 3, "10:00"},
		{"subtract across midnight", Clock.Subtract, 0, 3, 4, "23:59"},
		{"subtract more than two days", Clock.Subtract, 2, 20, 3000, "00:20"},
	}
	for _, tc := range arith {
		got := tc.op(New(tc.h, tc.m), tc.by)
		status := "PASS"
		if got.String() != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%s %-28s %v\n", status, tc.name, got)
	}

	equal := []struct {
		a, b Clock
		want bool
	}{
		{New(15, 37), New(15, 37), true},
		{New(15, 36), New(15, 37), false},
		{New(10, 37), New(34, 37), true},
		{New(-2, 40), New(22, 40), true},
		{New(0, 1), New(0, 1441), true},
	}
	for _, tc := range equal {
		got := tc.a == tc.b
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%s %v == %v: %t\n", status, tc.a, tc.b, got)
	}
	seen := map[Clock]int{}
	for i := range 10 {
		seen[New(0, i*720)]++
	}
	fmt.Println("distinct clocks:", len(seen), "midnight count:", seen[New(0, 0)])
}
