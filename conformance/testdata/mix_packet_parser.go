package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

type MsgType uint8

const (
	Ping MsgType = iota + 1
	Data
	Ack
)

func (t MsgType) String() string {
	if t >= Ping && t <= Ack {
		return [...]string{"PING", "DATA", "ACK"}[t-1]
	}
	return fmt.Sprintf("TYPE_%#02x", uint8(t))
}

type Header struct {
	Magic  uint16
	Type   MsgType
	Flags  uint8
	Seq    uint32
	Length uint16
}

type Packet struct {
	Header
	Payload []byte
}

type ChecksumError struct{ Want, Got uint8 }

func (e ChecksumError) Error() string { return fmt.Sprintf("checksum want %#x got %#x", e.Want, e.Got) }

func checksum(b []byte) (s uint8) {
	for _, x := range b {
		s ^= x
	}
	return s
}

func ReadPacket(r io.Reader) (Packet, error) {
	var p Packet
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return p, err
	}
	p.Payload = make([]byte, p.Length)
	if _, err := io.ReadFull(r, p.Payload); err != nil {
		return p, fmt.Errorf("payload: %w", err)
	}
	var sum [1]byte
	if _, err := io.ReadFull(r, sum[:]); err != nil {
		return p, err
	}
	if got := checksum(p.Payload); got != sum[0] {
		return p, ChecksumError{sum[0], got}
	}
	return p, nil
}

func build(t MsgType, seq uint32, payload string) []byte {
	buf := binary.BigEndian.AppendUint16(nil, 0xCAFE)
	buf = append(buf, byte(t), 0x01)
	buf = binary.BigEndian.AppendUint32(buf, seq)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(payload)))
	buf = append(buf, payload...)
	return append(buf, checksum([]byte(payload)))
}

func main() {
	bad := build(Data, 3, "world")
	bad[len(bad)-1]++ // corrupt the checksum
	stream := slices.Concat(build(Ping, 1, ""), build(Data, 2, "hello"), bad, build(MsgType(9), 4, "\x00\xff"), build(Ack, 5, "ok")[:11])
	fmt.Printf("stream %d bytes: % x...\n", len(stream), stream[:16])
	r := bytes.NewReader(stream)
	for i := 1; r.Len() > 0; i++ {
		p, err := ReadPacket(r)
		var ce ChecksumError
		switch {
		case err == nil:
			fmt.Printf("#%d %-8v %+v payload=%q hex=%x\n", i, p.Type, p.Header, p.Payload, p.Payload)
		case errors.As(err, &ce):
			fmt.Printf("#%d %v seq=%d: %v (payload %q)\n", i, p.Type, p.Seq, err, p.Payload)
		default:
			fmt.Printf("#%d error: %v unexpectedEOF=%t\n", i, err, errors.Is(err, io.ErrUnexpectedEOF))
		}
	}
}
