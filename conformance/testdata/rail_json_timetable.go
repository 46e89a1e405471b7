package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Stop struct {
	Station  string `json:"station"`
	Arrive   string `json:"arrive,omitempty"`
	Depart   string `json:"depart,omitempty"`
	Platform int    `json:"platform"`
	Request  bool   `json:"request_stop,omitempty"`
}

type Service struct {
	Headcode string   `json:"headcode"`
	Operator string   `json:"operator"`
	Stops    []Stop   `json:"stops"`
	Coaches  int      `json:"coaches"`
	Notes    []string `json:"notes,omitempty"`
	internal string
}

const input = `{
  "headcode": "2N47",
  "operator": "Northern",
  "coaches": 3,
  "stops": [
    {"station": "Leeds", "depart": "09:12", "platform": 16},
    {"station": "Headingley", "arrive": "09:17", "depart": "09:18", "platform": 1},
    {"station": "Burley Park", "arrive": "09:20", "depart": "09:20", "platform": 2, "request_stop": true},
    {"station": "Harrogate", "arrive": "09:47", "platform": 1}
  ],
  "unknown_field": 42
}`

func main() {
	var svc Service
	if err := json.Unmarshal([]byte(input), &svc); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%s by %s, %d coaches, %d stops\n", svc.Headcode, svc.Operator, svc.Coaches, len(svc.Stops))
	for _, s := range svc.Stops {
		kind := "calls"
		switch {
		case s.Arrive == "":
			kind = "origin"
		case s.Depart == "":
			kind = "terminus"
		case s.Request:
			kind = "request"
		}
		fmt.Printf("  %-12s arr %-5s dep %-5s plat %2d %s\n", s.Station, s.Arrive, s.Depart, s.Platform, kind)
	}

	svc.Coaches = 4
	svc.Notes = []string{"strengthened for event", "first class in coach A"}
	svc.internal = "not exported"
	svc.Stops = svc.Stops[:2]

	out, err := json.MarshalIndent(svc, "", "  ")
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"seats": 240, "standing": 90, "bikes": 2})

	bad := `{"headcode": 2047}`
	var broken Service
	err = json.Unmarshal([]byte(bad), &broken)
	var typeErr *json.UnmarshalTypeError
	fmt.Println("bad input:", err != nil, strings.Contains(err.Error(), "headcode"))
	if errors.As(err, &typeErr) {
		fmt.Printf("field %q expected %v\n", typeErr.Field, typeErr.Type)
	}
}
