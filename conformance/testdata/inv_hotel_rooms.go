package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type RoomType string

const (
	Single RoomType = "single"
	Double RoomType = "double"
	Suite  RoomType = "suite"
)

type Booking struct {
	Ref    string   `json:"ref"`
	Guest  string   `json:"guest"`
	Type   RoomType `json:"room_type"`
	From   int      `json:"from_night"`
	Nights int      `json:"nights"`
	Room   int      `json:"room,omitempty"`
}

type NoRoomError struct {
	Type  RoomType
	Night int
}

func (e *NoRoomError) Error() string {
	return fmt.Sprintf("no %s room free on night %d", e.Type, e.Night)
}

var ErrBadRequest = errors.New("bad request")

type Hotel struct {
	rooms map[RoomType][]int
	used  map[[2]int]string // {room, night} -> booking ref
}

func (h *Hotel) free(room, from, nights int) bool {
	for n := from; n < from+nights; n++ {
		if _, busy := h.used[[2]int{room, n}]; busy {
			return false
		}
	}
	return true
}

func (h *Hotel) Assign(b *Booking) error {
	if b.Nights <= 0 || b.Guest == "" {
		return fmt.Errorf("%s: %w", b.Ref, ErrBadRequest)
	}
	for _, room := range h.rooms[b.Type] {
		if h.free(room, b.From, b.Nights) {
			for n := range b.Nights {
				h.used[[2]int{room, b.From + n}] = b.Ref
			}
			b.Room = room
			return nil
		}
	}
	return fmt.Errorf("%s: %w", b.Ref, &NoRoomError{b.Type, b.From})
}

const input = `[
 {"ref":"R1","guest":"Ito","room_type":"double","from_night":1,"nights":3},
 {"ref":"R2","guest":"Jones","room_type":"double","from_night":2,"nights":2},
 {"ref":"R3","guest":"Kaur","room_type":"double","from_night":2,"nights":1},
 {"ref":"R4","guest":"Lopez","room_type":"suite","from_night":1,"nights":5},
 {"ref":"R5","guest":"","room_type":"single","from_night":1,"nights":1},
 {"ref":"R6","guest":"Moreau","room_type":"single","from_night":3,"nights":0},
 {"ref":"R7","guest":"Nakamura","room_type":"double","from_night":4,"nights":2},
 {"ref":"R8","guest":"Olsen","room_type":"suite","from_night":5,"nights":1}
]`

func main() {
	var bookings []Booking
	if err := json.Unmarshal([]byte(input), &bookings); err != nil {
		panic(err)
	}
	h := &Hotel{
		rooms: map[RoomType][]int{Single: {101, 102}, Double: {201, 202}, Suite: {301}},
		used:  map[[2]int]string{},
	}
	var confirmed []Booking
	for i := range bookings {
		b := &bookings[i]
		err := h.Assign(b)
		var nr *NoRoomError
		switch {
		case err == nil:
			confirmed = append(confirmed, *b)
		case errors.As(err, &nr):
			fmt.Printf("waitlist %s (%s): %v\n", b.Ref, nr.Type, err)
		case errors.Is(err, ErrBadRequest):
			fmt.Printf("reject   %s: %v\n", b.Ref, err)
		}
	}
	out, _ := json.Marshal(confirmed)
	fmt.Println(string(out))

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "room\tn1\tn2\tn3\tn4\tn5\tn6")
	for _, room := range slices.Concat(h.rooms[Single], h.rooms[Double], h.rooms[Suite]) {
		fmt.Fprintf(tw, "%d", room)
		for n := 1; n <= 6; n++ {
			fmt.Fprintf(tw, "\t%s", cmp.Or(h.used[[2]int{room, n}], "."))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Printf("%d confirmed of %d; first: %+v\n", len(confirmed), len(bookings), confirmed[0])
}
