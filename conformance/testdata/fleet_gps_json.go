package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

type Ping struct {
	TruckID  string  `json:"truck_id"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	SpeedKmh int     `json:"speed_kmh"`
	Seq      int     `json:"seq"`
	Note     string  `json:"note,omitempty"`
	internal int
}

type Batch struct {
	Source string            `json:"source"`
	Pings  []Ping            `json:"pings"`
	Tags   map[string]string `json:"tags"`
}

const incoming = `{
  "source": "gateway-3",
  "pings": [
    {"truck_id": "T1", "lat": 48.8566, "lon": 2.3522, "speed_kmh": 54, "seq": 1},
    {"truck_id": "T1", "lat": 48.8570, "lon": 2.3530, "speed_kmh": 0, "seq": 2, "note": "stopped"},
    {"truck_id": "T2", "lat": 45.7640, "lon": 4.8357, "speed_kmh": 88, "seq": 1, "extra": true}
  ],
  "tags": {"region": "fr", "firmware": "2.4.1"}
}`

func main() {
	var b Batch
	if err := json.Unmarshal([]byte(incoming), &b); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("source=%s pings=%d tags=%d\n", b.Source, len(b.Pings), len(b.Tags))
	for _, p := range b.Pings {
		fmt.Printf("  %s #%d at (%.4f, %.4f) %3d km/h %q\n", p.TruckID, p.Seq, p.Lat, p.Lon, p.SpeedKmh, p.Note)
	}

	// Marshal one ping back; note omitempty and the unexported field.
	p := b.Pings[0]
	p.internal = 99
	out, err := json.Marshal(p)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("compact:", string(out))

	// Maps are encoded with sorted keys, so this is deterministic.
	pretty, err := json.MarshalIndent(map[string]any{
		"truck":   "T2",
		"moving":  true,
		"fuel":    61.5,
		"parcels": []int{104, 105},
		"driver":  nil,
	}, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(pretty))

	// Decode into a generic map and inspect dynamic types.
	var raw map[string]any
	if err := json.Unmarshal([]byte(`{"seq": 3, "lat": 1.5, "ok": true, "id": "T3"}`), &raw); err != nil {
		log.Fatal(err)
	}
	for _, k := range []string{"id", "lat", "ok", "seq"} {
		fmt.Printf("  %-3s %-7T %v\n", k, raw[k], raw[k])
	}

	// Streaming decode of newline-delimited pings.
	stream := `{"truck_id":"T4","seq":1,"speed_kmh":30}
{"truck_id":"T4","seq":2,"speed_kmh":35}
{"truck_id":"T4","seq":3,"speed_kmh":40}`
	dec := json.NewDecoder(strings.NewReader(stream))
	total := 0
	for dec.More() {
		var sp Ping
		if err := dec.Decode(&sp); err != nil {
			log.Fatal(err)
		}
		total += sp.SpeedKmh
	}
	fmt.Println("average stream speed:", total/3)

	strict := json.NewDecoder(strings.NewReader(`{"truck_id":"T5","altitude":120}`))
	strict.DisallowUnknownFields()
	var sp Ping
	fmt.Println("strict decode error:", strict.Decode(&sp))
}
